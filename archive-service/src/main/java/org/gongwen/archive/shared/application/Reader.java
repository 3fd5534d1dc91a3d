package org.gongwen.archive.shared.application;

import java.util.Set;

import org.gongwen.archive.shared.domain.Clearance;

/** Who reads: roles and clearance, as the access token says. */
public record Reader(String username, String name, Set<String> roles, Clearance clearance) {
}
