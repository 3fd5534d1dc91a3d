package org.gongwen.rendition.layout;

/** Something drawn on a page, positioned in millimetres from the page's top left. */
public sealed interface Element permits TextRun, Rule, Circle {

    Role role();
}
