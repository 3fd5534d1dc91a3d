-- The demo organisation of contract §1 (江城市民政局). Loaded only where classpath:db/demo is among the
-- Flyway locations; ON CONFLICT DO NOTHING keeps whatever an ADMIN has changed since.
INSERT INTO units (code, name, valid_from) VALUES
    ('SHJZ', '社会救助科', '2000-01-01T00:00:00Z'),
    ('YLFW', '养老服务科', '2000-01-01T00:00:00Z'),
    ('BGS', '办公室', '2000-01-01T00:00:00Z'),
    ('JLD', '局领导', '2000-01-01T00:00:00Z'),
    ('DAS', '档案室', '2000-01-01T00:00:00Z')
ON CONFLICT DO NOTHING;

INSERT INTO people (username, name, unit_code, role, clearance, valid_from) VALUES
    ('zhangwei', '张伟', 'SHJZ', 'CLERK', '秘密', '2000-01-01T00:00:00Z'),
    ('lina', '李娜', 'YLFW', 'CLERK', '秘密', '2000-01-01T00:00:00Z'),
    ('qianxiao', '钱晓', 'BGS', 'CLERK', '秘密', '2000-01-01T00:00:00Z'),
    ('sunli', '孙立', 'BGS', 'DEPUTY_DIRECTOR', '机密', '2000-01-01T00:00:00Z'),
    ('zhaomin', '赵敏', 'BGS', 'DIRECTOR', '机密', '2000-01-01T00:00:00Z'),
    ('wangqiang', '王强', 'JLD', 'CHIEF', '绝密', '2000-01-01T00:00:00Z'),
    ('liuyang', '刘洋', 'JLD', 'CHIEF', '绝密', '2000-01-01T00:00:00Z'),
    ('zhoushen', '周慎', 'DAS', 'AUDITOR', '机密', '2000-01-01T00:00:00Z'),
    ('admin', '系统管理员', NULL, 'ADMIN', NULL, '2000-01-01T00:00:00Z')
ON CONFLICT DO NOTHING;

INSERT INTO unit_supervision (unit_code, username, valid_from) VALUES
    ('SHJZ', 'sunli', '2000-01-01T00:00:00Z'),
    ('BGS', 'sunli', '2000-01-01T00:00:00Z')
ON CONFLICT DO NOTHING;

INSERT INTO organisation_settings (key, value, valid_from) VALUES
    ('office_director', 'zhaomin', '2000-01-01T00:00:00Z'),
    ('signer', 'wangqiang', '2000-01-01T00:00:00Z'),
    ('agency_code', '江民发', '2000-01-01T00:00:00Z')
ON CONFLICT DO NOTHING;
