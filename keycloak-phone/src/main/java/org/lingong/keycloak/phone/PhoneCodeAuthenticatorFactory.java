package org.lingong.keycloak.phone;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Registers the phone and SMS code authenticator; its settings are the execution's configuration in the realm. */
public final class PhoneCodeAuthenticatorFactory implements AuthenticatorFactory {

    static final String ID = "lingong-phone-code";
    private static final AuthenticationExecutionModel.Requirement[] CHOICES = {
            AuthenticationExecutionModel.Requirement.ALTERNATIVE,
            AuthenticationExecutionModel.Requirement.REQUIRED,
            AuthenticationExecutionModel.Requirement.DISABLED};

    private final SmsRelay relay = new SmsRelay();
    private final CityProfiles cities = new CityProfiles();

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Lingong phone and SMS code";
    }

    @Override
    public String getHelpText() {
        return "Sign-up and sign-in with a mainland mobile number and a one-time SMS code sent by the city's SMS "
                + "settings in tenant-core; runs when the sign-in names a city.";
    }

    @Override
    public String getReferenceCategory() {
        return "lingong-phone-code";
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return CHOICES;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of(
                property(PhoneCodeSettings.CODE_LENGTH, "Code length (4–8 digits)"),
                property(PhoneCodeSettings.LIFETIME_MINUTES, "Code lifetime in minutes"),
                property(PhoneCodeSettings.COOL_DOWN_SECONDS, "Seconds a phone waits between codes"),
                property(PhoneCodeSettings.TRIES_PER_CODE, "Wrong tries before a code dies"),
                property(PhoneCodeSettings.CODES_PER_PHONE, "Codes per phone in any hour"),
                property(PhoneCodeSettings.CODES_PER_ADDRESS, "Codes per client address in any hour"),
                property(PhoneCodeSettings.PRIVACY_NOTICE_VERSION, "Privacy notice version people consent to"),
                property(PhoneCodeSettings.TENANT_CORE_URL, "tenant-core's address for SMS delivery"));
    }

    private static ProviderConfigProperty property(String name, String label) {
        ProviderConfigProperty property = new ProviderConfigProperty(name, label, label,
                ProviderConfigProperty.STRING_TYPE, PhoneCodeSettings.DEFAULTS.get(name));
        return property;
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new PhoneCodeAuthenticator(relay, cities);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
