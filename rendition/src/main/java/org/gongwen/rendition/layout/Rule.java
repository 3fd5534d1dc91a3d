package org.gongwen.rendition.layout;

/** A horizontal line from {@code x1} to {@code x2} at height {@code y} (its centre), {@code thickness} mm thick. */
public record Rule(Role role, double x1, double x2, double y, double thickness, Colour colour) implements Element {
}
