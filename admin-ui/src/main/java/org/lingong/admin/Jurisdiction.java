package org.lingong.admin;

import org.lingong.admin.security.SignedInUser;
import org.lingong.common.tenant.Roles;

import com.vaadin.flow.i18n.I18NProvider;

/** Which part of the country a user looks after, in the current UI language. */
public final class Jurisdiction {

    private Jurisdiction() {
    }

    public static String of(SignedInUser user) {
        if (user.tenant().isPresent()) {
            return I18NProvider.translate("jurisdiction.tenant", user.tenant().get());
        }
        if (user.province().isPresent()) {
            // GB/T 2260 province-level codes are a closed set; each has a name in the bundles.
            String province = I18NProvider.translate("province." + user.province().get());
            return I18NProvider.translate("jurisdiction.province", province);
        }
        if (user.roles().contains(Roles.PLATFORM_ADMIN)) {
            return I18NProvider.translate("jurisdiction.platform");
        }
        return I18NProvider.translate("jurisdiction.none");
    }
}
