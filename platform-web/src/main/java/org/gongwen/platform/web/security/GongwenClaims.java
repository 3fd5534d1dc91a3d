package org.gongwen.platform.web.security;

/** Claim names of a gongwen access token (contract §2), shared by issuers and resource servers. */
public final class GongwenClaims {

    public static final String NAME = "name";
    public static final String UNIT = "unit";
    public static final String ROLES = "roles";
    public static final String CLEARANCE = "clearance";

    private GongwenClaims() {
    }
}
