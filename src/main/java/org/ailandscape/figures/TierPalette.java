package org.ailandscape.figures;

import java.util.List;

/** One colour per value-chain tier, shared by the Sankey and the segment cards (readable on light and dark). */
public final class TierPalette {

    private static final List<String> COLOURS = List.of("#3b6fd8", "#0e8fa8", "#7c4ddb", "#c2417f", "#d9691e");

    private TierPalette() {}

    public static String colour(int tierIndex) {
        return COLOURS.get(Math.floorMod(tierIndex, COLOURS.size()));
    }
}
