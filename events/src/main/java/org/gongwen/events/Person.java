package org.gongwen.events;

/** Someone acting on a document: the login name, the display name and the unit code (e.g. SHJZ). */
public record Person(String username, String name, String unit) {
}
