package org.gongwen.rendition.layout;

/** An outlined circle: the seal placeholder (GB-SEAL-1). */
public record Circle(Role role, double centreX, double centreY, double radius, double stroke, Colour colour)
        implements Element {
}
