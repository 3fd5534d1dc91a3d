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
            GET /api/registry/deliveries                           | NONE            | 200 200 200 200 200 200 200 200 200 200 200 200
            GET /api/registry/deliveries/outgoing                  | NONE            | 403 403 403 200 200 200 403 403 403 403 403 403
            GET /api/registry/deliveries/{id}                      | DELIVERY        | 200 200 404 200 200 200 404 404 404 404 404 404
            GET /api/registry/deliveries/{id}                      | SECRET_DELIVERY | 404 404 404 404 200 200 404 404 404 404 404 404
            GET /api/registry/deliveries/{id}                      | OUTGOING        | 404 404 404 200 200 200 404 404 404 404 404 404
            POST /api/registry/deliveries/{id}/sign                | DELIVERY        | 200 200 403 403 403 403 403 403 403 403 403 403
            POST /api/registry/deliveries/{id}/sign                | SECRET_DELIVERY | 403 403 403 403 403 403 403 403 403 403 403 403
            POST /api/registry/deliveries/{id}/return              | DELIVERY        | 200 200 403 403 403 403 403 403 403 403 403 403
            POST /api/registry/deliveries/{id}/sent                | OUTGOING        | 403 403 403 200 403 403 403 403 403 403 403 403
            POST /api/registry/incoming                            | NONE            | 403 403 403 201 201 201 403 403 403 403 403 403
            GET /api/registry/incoming                             | NONE            | 200 200 200 200 200 200 200 200 200 200 200 200
            GET /api/registry/incoming/{id}                        | REGISTERED      | 404 404 404 200 200 200 200 200 404 404 404 404
            GET /api/registry/incoming/{id}                        | ASSIGNED        | 200 200 404 200 200 200 200 200 404 404 404 404
            GET /api/registry/incoming/{id}                        | SECRET_ASSIGNED | 404 404 404 404 200 200 200 200 404 404 404 404
            POST /api/registry/incoming/{id}/accept                | REGISTERED      | 403 403 403 200 200 200 403 403 403 403 403 403
            POST /api/registry/incoming/{id}/return                | REGISTERED      | 403 403 403 200 200 200 403 403 403 403 403 403
            POST /api/registry/incoming/{id}/proposal              | ACCEPTED        | 403 403 403 200 200 200 403 403 403 403 403 403
            POST /api/registry/incoming/{id}/assignment            | PROPOSED        | 403 403 403 403 200 200 200 200 403 403 403 403
            POST /api/registry/incoming/{id}/circulations          | PROPOSED        | 403 403 403 201 201 201 403 403 403 403 403 403
            POST /api/registry/incoming/{id}/transfer-request      | ASSIGNED        | 200 200 403 403 403 403 403 403 403 403 403 403
            POST /api/registry/incoming/{id}/extension             | ASSIGNED        | 403 403 403 403 200 200 200 200 403 403 403 403
            POST /api/registry/incoming/{id}/conclusion            | ASSIGNED        | 200 200 403 403 403 403 403 403 403 403 403 403
            POST /api/registry/incoming/{id}/conclusion            | SECRET_ASSIGNED | 403 403 403 403 403 403 403 403 403 403 403 403
            GET /api/registry/incoming/{id}/reply                  | ASSIGNED        | 200 200 403 403 403 403 403 403 403 403 403 403
            GET /api/registry/incoming/{id}/reply                  | SECRET_ASSIGNED | 404 404 404 404 403 403 403 403 403 404 404 403
            GET /api/registry/incoming/{id}/instructions           | ASSIGNED        | 200 200 404 200 200 200 200 200 404 404 404 404
            GET /api/registry/incoming/{id}/instructions           | SECRET_ASSIGNED | 404 404 404 404 200 200 200 200 404 404 404 404
            GET /api/registry/circulations                         | NONE            | 200 200 200 200 200 200 200 200 200 200 200 200
            GET /api/registry/circulations/{id}                    | CIRCULATING     | 404 404 404 200 200 200 200 404 404 404 404 404
            POST /api/registry/circulations/{id}/reading           | CIRCULATING     | 403 403 403 403 403 403 200 403 403 403 403 403
            POST /api/registry/matters                             | NONE            | 403 403 403 403 201 201 201 201 403 403 403 403
            GET /api/registry/matters                              | NONE            | 200 200 200 200 200 200 200 200 200 200 200 200
            GET /api/registry/matters/{id}                         | MATTER          | 200 200 404 200 200 200 200 200 404 404 404 404
            GET /api/registry/matters/{id}                         | SECRET_MATTER   | 404 404 404 404 200 200 200 200 404 404 404 404
            POST /api/registry/matters/{id}/reports                | MATTER          | 200 200 403 403 403 403 403 403 403 403 403 403
            POST /api/registry/matters/{id}/reports                | SECRET_MATTER   | 403 403 403 403 403 403 403 403 403 403 403 403
            POST /api/registry/matters/{id}/conclusion             | MATTER          | 200 200 403 403 403 403 403 403 403 403 403 403
            POST /api/registry/matters/{id}/conclusion             | SECRET_MATTER   | 403 403 403 403 403 403 403 403 403 403 403 403
            GET /api/registry/dashboard                            | NONE            | 403 403 403 403 403 200 200 200 200 200 403 403
            """;

    static final List<Row> ROWS = parse(TABLE);

    private RegistryMatrix() {
    }

    static List<Row> parse(String table) {
        return AuthorizationMatrix.lines(table).stream()
                .map(l -> new Row(l.operation(), Target.valueOf(l.target()), l.cells())).toList();
    }
}
