package org.lingong.common.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lingong.common.tenant.TenantAccess.Caller;

class TenantAccessTests {

    @Test
    void platformAdminMayDoAnythingAnywhere() {
        Caller admin = new Caller(Set.of("platform-admin"), null, null);
        assertThat(TenantAccess.allows(admin, "suqian", "32", true)).isTrue();
        assertThat(TenantAccess.allows(admin, "huainan", "34", true)).isTrue();
    }

    @Test
    void cityTokenStaysInItsCity() {
        Caller suqianAdmin = new Caller(Set.of("city-admin"), "suqian", null);
        assertThat(TenantAccess.allows(suqianAdmin, "suqian", "32", true)).isTrue();
        assertThat(TenantAccess.allows(suqianAdmin, "lianyungang", "32", false)).isFalse();
    }

    @Test
    void tenantClaimWinsOverWorkerRole() {
        Caller employerWorker = new Caller(Set.of("worker", "employer"), "suqian", null);
        assertThat(TenantAccess.allows(employerWorker, "huainan", "34", false)).isFalse();
    }

    @Test
    void onlyTheProvinceItselfGovernsItsLists() {
        assertThat(TenantAccess.governsProvince(new Caller(Set.of("province-admin"), null, "32"), "32")).isTrue();
        assertThat(TenantAccess.governsProvince(new Caller(Set.of("province-admin"), null, "32"), "34")).isFalse();
        assertThat(TenantAccess.governsProvince(new Caller(Set.of("province-admin"), null, null), "32")).isFalse();
        // A province claim on a city's token, or a province role on a city account, governs nothing.
        assertThat(TenantAccess.governsProvince(new Caller(Set.of("province-admin"), "suqian", "32"), "32")).isFalse();
        assertThat(TenantAccess.governsProvince(new Caller(Set.of("city-admin"), "suqian", "32"), "32")).isFalse();
        assertThat(TenantAccess.governsProvince(new Caller(Set.of("worker"), null, "32"), "32")).isFalse();
        assertThat(TenantAccess.governsProvince(new Caller(Set.of("platform-admin"), null, null), "34")).isTrue();
    }

    @Test
    void provinceAdminReadsOnlyInItsProvince() {
        Caller jiangsu = new Caller(Set.of("province-admin"), null, "32");
        assertThat(TenantAccess.allows(jiangsu, "suqian", "32", false)).isTrue();
        assertThat(TenantAccess.allows(jiangsu, "suqian", "32", true)).isFalse();
        assertThat(TenantAccess.allows(jiangsu, "huainan", "34", false)).isFalse();
        assertThat(TenantAccess.allows(new Caller(Set.of("province-admin"), null, null), "suqian", "32", false))
                .isFalse();
    }

    @Test
    void nationalWorkerAndEmployerAccountsWorkInEveryCityButNobodyElseDoes() {
        assertThat(TenantAccess.allows(new Caller(Set.of("worker"), null, null), "wucheng", "33", true)).isTrue();
        // An employer who signed up by phone: one account, a profile and a verification per city.
        assertThat(TenantAccess.allows(new Caller(Set.of("employer"), null, null), "wucheng", "33", true)).isTrue();
        assertThat(TenantAccess.allows(new Caller(Set.of("employer"), "suqian", null), "wucheng", "33", false))
                .isFalse();
        assertThat(TenantAccess.allows(new Caller(Set.of("employer", "station-staff"), null, null), "wucheng", "33",
                false)).as("a city's own role without its claim is broken, whatever else it holds").isFalse();
        assertThat(TenantAccess.allows(new Caller(Set.of(), null, null), "wucheng", "33", false)).isFalse();
    }

    @Test
    void ownStaffIsTheCitysAdminsAndStationStaffAndThePlatformsAdmins() {
        assertThat(TenantAccess.isOwnStaff(new Caller(Set.of("city-admin"), "suqian", null), "suqian")).isTrue();
        assertThat(TenantAccess.isOwnStaff(new Caller(Set.of("station-staff"), "suqian", null), "suqian")).isTrue();
        assertThat(TenantAccess.isOwnStaff(new Caller(Set.of("platform-admin"), null, null), "suqian")).isTrue();
        assertThat(TenantAccess.isOwnStaff(new Caller(Set.of("city-admin"), "huainan", null), "suqian")).isFalse();
        // A city role without the city's tenant attribute is nobody's staff.
        assertThat(TenantAccess.isOwnStaff(new Caller(Set.of("city-admin"), null, null), "suqian")).isFalse();
        assertThat(TenantAccess.isOwnStaff(new Caller(Set.of("employer"), "suqian", null), "suqian")).isFalse();
        assertThat(TenantAccess.isOwnStaff(new Caller(Set.of("worker"), null, null), "suqian")).isFalse();
        assertThat(TenantAccess.isOwnStaff(new Caller(Set.of("province-admin"), null, "32"), "suqian")).isFalse();
    }

    @Test
    void aCityRoleWithoutItsCityOpensNoCityEvenWithTheWorkerRole() {
        for (String cityRole : Roles.CITY_OWN_STAFF) {
            Caller stray = new Caller(Set.of("worker", cityRole), null, null);
            assertThat(TenantAccess.allows(stray, "suqian", "32", false)).as(cityRole).isFalse();
            assertThat(TenantAccess.allows(stray, "huainan", "34", true)).as(cityRole).isFalse();
        }
        assertThat(TenantAccess.allows(new Caller(Set.of("platform-admin", "city-admin"), null, null), "suqian",
                "32", true)).isTrue();
    }

    @Test
    void readsKeycloakClaims() {
        Caller caller = Caller.fromClaims(java.util.Map.of("realm_access", java.util.Map.of("roles",
                java.util.List.of("city-admin", "offline_access")), "tenant", "suqian"));
        assertThat(caller.roles()).containsExactlyInAnyOrder("city-admin", "offline_access");
        assertThat(caller.tenantClaim()).isEqualTo("suqian");
        assertThat(caller.provinceClaim()).isNull();
        assertThat(Caller.fromClaims(java.util.Map.of("realm_access", "nonsense")).roles()).isEmpty();
    }

    @Test
    void onlySafeMethodsAreReads() {
        assertThat(TenantAccess.isWrite("GET")).isFalse();
        assertThat(TenantAccess.isWrite("HEAD")).isFalse();
        assertThat(TenantAccess.isWrite("POST")).isTrue();
        assertThat(TenantAccess.isWrite("DELETE")).isTrue();
    }
}
