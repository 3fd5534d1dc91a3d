package org.gongwen.rendition.layout;

/** Text is black; the 发文机关标志, the separator rule and seals are red (GB/T 9704 "Colours"). */
public enum Colour {
    BLACK(0, 0, 0),
    RED(230, 0, 18);

    private final int red;
    private final int green;
    private final int blue;

    Colour(int red, int green, int blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    public int red() {
        return red;
    }

    public int green() {
        return green;
    }

    public int blue() {
        return blue;
    }
}
