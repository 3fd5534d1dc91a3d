package org.gongwen.gateway.support;

import org.gongwen.testsupport.TestRedis;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The environment variables a gateway under test reads, set the way the launcher sets them. */
public final class GatewayEnvironment {

    private GatewayEnvironment() {
    }

    /** Token keys and one base URL (or comma-separated list) per service. */
    public static void routes(DynamicPropertyRegistry registry, TestKeys keys, String drafting, String review, String archive) {
        registry.add("GONGWEN_JWT_PUBLIC_KEY", keys::publicKeyLocation);
        registry.add("GONGWEN_DRAFTING_URL", () -> drafting);
        registry.add("GONGWEN_REVIEW_URL", () -> review);
        registry.add("GONGWEN_ARCHIVE_URL", () -> archive);
    }

    /** Rate limits kept in this JVM's real Redis (test-support's TestRedis). */
    public static void testRedis(DynamicPropertyRegistry registry) {
        TestRedis.Endpoint redis = TestRedis.server();
        registry.add("GONGWEN_REDIS_HOST", redis::host);
        registry.add("GONGWEN_REDIS_PORT", redis::port);
    }
}
