package org.gongwen.e2e.authz;

import java.util.List;

import org.gongwen.e2e.authz.RegistryTargets.Target;

/**
 * registry-service's rows of the authorization matrix (issue 17), as data: one row per operation and target
 * ({@link RegistryTargets}), one column per persona ({@link Personas}, the same columns as {@link AuthorizationMatrix}),
 * each cell the status the call answers. docs/authorization-matrix.md "registry-service" shows the same table.
 * 404 where the object is hidden from the caller: another unit's delivery or 收文, anything above the caller's 密级.
 */
final class RegistryMatrix {

    record Row(String operation, Target target, List<String> expected) {

        String path() {
            return operation.substring(operation.indexOf(' ') + 1);
        }

        boolean mutating() {
            return !operation.startsWith("GET ");
        }
    }

    // operation                                              | target          | zhangwei colleague lina
    //     qianxiao sunli zhaomin wangqiang liuyang zhoushen zhoushen·秘密 admin service  (Personas.COLUMNS)
    static final String TABLE = """
            GET /api/registry/deliveries                           | NONE            | ? ? ? ? ? ? ? ? ? ? ? ?
            GET /api/registry/deliveries/outgoing                  | NONE            | ? ? ? ? ? ? ? ? ? ? ? ?
            GET /api/registry/deliveries/{id}                      | DELIVERY        | ? ? ? ? ? ? ? ? ? ? ? ?
            GET /api/registry/deliveries/{id}                      | SECRET_DELIVERY | ? ? ? ? ? ? ? ? ? ? ? ?
            GET /api/registry/deliveries/{id}                      | OUTGOING        | ? ? ? ? ? ? ? ? ? ? ? ?
            POST /api/registry/deliveries/{id}/sign                | DELIVERY        | ? ? ? ? ? ? ? ? ? ? ? ?
            POST /api/registry/deliveries/{id}/sign                | SECRET_DELIVERY | ? ? ? ? ? ? ? ? ? ? ? ?
            POST /api/registry/deliveries/{id}/return              | DELIVERY        | ? ? ? ? ? ? ? ? ? ? ? ?
            POST /api/registry/deliveries/{id}/sent                | OUTGOING        | ? ? ? ? ? ? ? ? ? ? ? ?
            POST /api/registry/incoming                            | NONE            | ? ? ? ? ? ? ? ? ? ? ? ?
            GET /api/registry/incoming                             | NONE            | ? ? ? ? ? ? ? ? ? ? ? ?
            GET /api/registry/incoming/{id}                        | REGISTERED      | ? ? ? ? ? ? ? ? ? ? ? ?
            GET /api/registry/incoming/{id}                        | ASSIGNED        | ? ? ? ? ? ? ? ? ? ? ? ?
            GET /api/registry/incoming/{id}                        | SECRET_ASSIGNED | ? ? ? ? ? ? ? ? ? ? ? ?
            POST /api/registry/incoming/{id}/accept                | REGISTERED      | ? ? ? ? ? ? ? ? ? ? ? ?
            POST /api/registry/incoming/{id}/return                | REGISTERED      | ? ? ? ? ? ? ? ? ? ? ? ?
            POST /api/registry/incoming/{id}/proposal              | ACCEPTED        | ? ? ? ? ? ? ? ? ? ? ? ?
            POST /api/registry/incoming/{id}/assignment            | PROPOSED        | ? ? ? ? ? ? ? ? ? ? ? ?
            POST /api/registry/incoming/{id}/circulations          | PROPOSED        | ? ? ? ? ? ? ? ? ? ? ? ?
            POST /api/registry/incoming/{id}/transfer-request      | ASSIGNED        | ? ? ? ? ? ? ? ? ? ? ? ?
            POST /api/registry/incoming/{id}/extension             | ASSIGNED        | ? ? ? ? ? ? ? ? ? ? ? ?
            POST /api/registry/incoming/{id}/conclusion            | ASSIGNED        | ? ? ? ? ? ? ? ? ? ? ? ?
            POST /api/registry/incoming/{id}/conclusion            | SECRET_ASSIGNED | ? ? ? ? ? ? ? ? ? ? ? ?
            GET /api/registry/incoming/{id}/reply                  | ASSIGNED        | ? ? ? ? ? ? ? ? ? ? ? ?
            GET /api/registry/incoming/{id}/reply                  | SECRET_ASSIGNED | ? ? ? ? ? ? ? ? ? ? ? ?
            GET /api/registry/incoming/{id}/instructions           | ASSIGNED        | ? ? ? ? ? ? ? ? ? ? ? ?
            GET /api/registry/incoming/{id}/instructions           | SECRET_ASSIGNED | ? ? ? ? ? ? ? ? ? ? ? ?
            GET /api/registry/circulations                         | NONE            | ? ? ? ? ? ? ? ? ? ? ? ?
            GET /api/registry/circulations/{id}                    | CIRCULATING     | ? ? ? ? ? ? ? ? ? ? ? ?
            POST /api/registry/circulations/{id}/reading           | CIRCULATING     | ? ? ? ? ? ? ? ? ? ? ? ?
            POST /api/registry/matters                             | NONE            | ? ? ? ? ? ? ? ? ? ? ? ?
            GET /api/registry/matters                              | NONE            | ? ? ? ? ? ? ? ? ? ? ? ?
            GET /api/registry/matters/{id}                         | MATTER          | ? ? ? ? ? ? ? ? ? ? ? ?
            GET /api/registry/matters/{id}                         | SECRET_MATTER   | ? ? ? ? ? ? ? ? ? ? ? ?
            POST /api/registry/matters/{id}/reports                | MATTER          | ? ? ? ? ? ? ? ? ? ? ? ?
            POST /api/registry/matters/{id}/reports                | SECRET_MATTER   | ? ? ? ? ? ? ? ? ? ? ? ?
            POST /api/registry/matters/{id}/conclusion             | MATTER          | ? ? ? ? ? ? ? ? ? ? ? ?
            POST /api/registry/matters/{id}/conclusion             | SECRET_MATTER   | ? ? ? ? ? ? ? ? ? ? ? ?
            GET /api/registry/dashboard                            | NONE            | ? ? ? ? ? ? ? ? ? ? ? ?
            """;

    static final List<Row> ROWS = parse(TABLE);

    private RegistryMatrix() {
    }

    static List<Row> parse(String table) {
        return AuthorizationMatrix.lines(table).stream()
                .map(l -> new Row(l.operation(), Target.valueOf(l.target()), l.cells())).toList();
    }
}
