package org.lingong.devstack;

/** The banner {@code ./lingong run} prints once everything is up. */
final class Welcome {

    private Welcome() {
    }

    static String text(DevStack stack) {
        return """

                ============================== 零工云 Lingong Cloud is up ==============================
                  Admin UI (管理后台)     %s
                  API gateway (网关)      %s   e.g. %s/t/suqian/api/v1/...
                  Keycloak (身份认证)     %s   (admin console: admin / admin)
                  SMS codes (短信收件箱)  %s/dev/sms-outbox   (development sends no SMS: sign-in codes show here)
                  PostgreSQL            %s   (lingong / lingong)
                  Elasticsearch         %s
                  Logs                  %s

                  Demo logins (password: demo)
                    platform-admin                               平台运营 platform admin
                    jiangsu-admin / anhui-admin / zhejiang-admin 省级管理员 province admins
                    suqian-admin / lianyungang-admin / huainan-admin / wucheng-admin   城市管理员 city admins
                    suqian-staff / lianyungang-staff / huainan-staff / wucheng-staff   驿站工作人员 station staff
                    worker-zhang / worker-li                      零工人员 workers
                    employer-wang                                 用工单位 a verified employer of 宿迁 (%s/employer/suqian/me)
                Press Ctrl-C to stop everything.
                ========================================================================================
                """.formatted(Platform.adminUiUrl(), Platform.gatewayUrl(), Platform.gatewayUrl(),
                stack.keycloakUrl(), Platform.serviceUrl("tenant-core"), stack.postgresJdbcUrl(),
                stack.elasticsearchUrl(), stack.home().logs(), Platform.adminUiUrl());
    }
}
