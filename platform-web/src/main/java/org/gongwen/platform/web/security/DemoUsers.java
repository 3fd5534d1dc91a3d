package org.gongwen.platform.web.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The demo organisation's people (contract §1) as an identity provider would hold them. Reporting lines
 * (who is whose 分管主任) are not here: they are review-service data.
 */
public final class DemoUsers {

    private static final Map<String, DemoUser> USERS = new LinkedHashMap<>();

    static {
        add("zhangwei", "张伟", "SHJZ", "CLERK", "秘密");
        add("lina", "李娜", "YLFW", "CLERK", "秘密");
        add("qianxiao", "钱晓", "BGS", "CLERK", "秘密");
        add("sunli", "孙立", "BGS", "DEPUTY_DIRECTOR", "机密");
        add("zhaomin", "赵敏", "BGS", "DIRECTOR", "机密");
        add("wangqiang", "王强", "JLD", "CHIEF", "绝密");
        add("liuyang", "刘洋", "JLD", "CHIEF", "绝密");
        add("zhoushen", "周慎", "DAS", "AUDITOR", "机密");
        add("admin", "系统管理员", "", "ADMIN", "");
        // a service principal, as an identity provider's client-credentials client: archive-service fetches
        // attachments from drafting-service with it. Role SERVICE is granted to no person.
        add("archive-service", "档案服务", "", "SERVICE", "绝密");
    }

    private DemoUsers() {
    }

    private static void add(String username, String name, String unit, String role, String clearance) {
        USERS.put(username, new DemoUser(username, name, unit, Set.of(role), clearance));
    }

    public static Optional<DemoUser> find(String username) {
        return Optional.ofNullable(USERS.get(username));
    }

    public static DemoUser get(String username) {
        return find(username).orElseThrow(() -> new IllegalArgumentException("no demo user " + username));
    }

    public static Iterable<DemoUser> all() {
        return USERS.values();
    }
}
