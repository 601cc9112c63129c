package org.ailandscape.ui;

/** A part of the page that puts its words on again when the reader changes language. */
interface Localized {

    void localize(Reading reading);
}
