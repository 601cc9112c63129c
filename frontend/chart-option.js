// What <echarts-chart> makes of the option the server sends before ECharts draws it: ARIA on, a
// transparent background, and the selection as ECharts styles (the data items whose `key` is selected get
// a border, the others fade). Pure (a new option, the given one untouched), so that it is tested alone.

const FADED = 0.35;
const BORDER = { borderColor: '#111', borderWidth: 2 };

/** The option with the items of `selected` (their keys) standing out; with none selected, as it is. */
export function withSelection(option, selected) {
  if (!selected.length || !Array.isArray(option.series)) return option;
  const chosen = new Set(selected);
  const series = option.series.map((s) => {
    if (!Array.isArray(s.data)) return s;
    const data = s.data.map((item) => {
      if (item === null || typeof item !== 'object' || item.key === undefined) return item;
      const style = chosen.has(item.key) ? BORDER : { opacity: FADED };
      return { ...item, itemStyle: { ...(item.itemStyle ?? {}), ...style } };
    });
    return { ...s, data };
  });
  return { ...option, series };
}

/** The option as drawn: ARIA on (ECharts describes the data), transparent (the page shows through), the selection applied. */
export function withDefaults(option, selected) {
  // An option with media queries keeps its components in baseOption.
  if (option.baseOption) return { ...option, baseOption: withDefaults(option.baseOption, selected) };
  return withSelection({ backgroundColor: 'transparent', ...option, aria: { enabled: true, ...(option.aria ?? {}) } }, selected);
}
