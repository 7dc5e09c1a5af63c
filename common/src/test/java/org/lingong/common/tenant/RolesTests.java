package org.lingong.common.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each expression of {@link Roles.Allow} grants exactly the set (or the role) of the same name. */
class RolesTests {

    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    @Test
    void everyExpressionNamesExactlyItsSet() throws IllegalAccessException {
        List<Field> expressions = Arrays.stream(Roles.Allow.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers())).toList();
        assertThat(expressions).isNotEmpty();
        for (Field expression : expressions) {
            Set<String> named = QUOTED.matcher((String) expression.get(null)).results().map(m -> m.group(1))
                    .collect(Collectors.toSet());
            assertThat(named).as(expression.getName()).isEqualTo(roles(expression.getName()));
        }
    }

    @Test
    void everyRoleIsListedOnceFromTheWidestDown() {
        assertThat(Roles.ALL).doesNotHaveDuplicates().hasSize(6).startsWith(Roles.PLATFORM_ADMIN).endsWith(Roles.WORKER);
    }

    @Test
    void authoritiesGrantTheirRoles() {
        assertThat(Roles.grants(Roles.CITY_STAFF, List.of("ROLE_station-staff"))).isTrue();
        assertThat(Roles.grants(Roles.CITY_STAFF, List.of("ROLE_province-admin", "station-staff"))).isFalse();
    }

    /** The set named like the expression, or the single role named like it. */
    @SuppressWarnings("unchecked")
    private static Set<String> roles(String name) throws IllegalAccessException {
        try {
            Object value = Roles.class.getField(name).get(null);
            return value instanceof Set<?> set ? (Set<String>) set : Set.of((String) value);
        } catch (NoSuchFieldException e) {
            throw new AssertionError("Roles has no " + name, e);
        }
    }
}
