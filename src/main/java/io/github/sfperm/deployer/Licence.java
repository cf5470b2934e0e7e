package io.github.sfperm.deployer;

import io.github.sfperm.common.InputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The deploying user's licence, as far as it decides what permissions the user can hold.
 *
 * <p>{@link #SALESFORCE_INTEGRATION}: the free "Salesforce Integration" user licence. Its profile "Minimum Access -
 * API Only Integrations" grants API access and makes the user API-only, and it cannot be turned off; its permission
 * set licence "Salesforce API Integration" caps the permissions. Permission sets assigned to such a user must carry no
 * licence (or that permission set licence): one with {@code <license>Salesforce</license>} cannot be assigned.
 * Which permissions the licence allows is not published; the org shows it (Setup → Company Information → Permission
 * Set Licenses → Salesforce API Integration), and the user can give the list as {@code <licensePermissions>}.
 */
public enum Licence {
    SALESFORCE_INTEGRATION("SalesforceIntegration", Set.of("ApiEnabled", "ApiUserOnly")),
    SALESFORCE("Salesforce", Set.of());

    /** Where the integration licence's facts come from. */
    public static final String SOURCE =
            "https://help.salesforce.com/s/articleView?id=platform.integration_user.htm&type=5";

    private final String token;
    private final Set<String> grants;

    Licence(String token, Set<String> grants) {
        this.token = token;
        this.grants = grants;
    }

    /** The value written in {@code <license>} of the plugin configuration. */
    public String token() {
        return token;
    }

    /** Permissions every user of this licence holds, whatever the permission sets say. */
    public Set<String> grants() {
        return grants;
    }

    /**
     * Whether a permission set whose {@code <license>} is {@code permissionSetLicence} (empty: none) can be
     * assigned to a user with this licence; empty when sfperm cannot tell.
     */
    public Optional<Boolean> canAssign(Optional<String> permissionSetLicence) {
        if (this != SALESFORCE_INTEGRATION || permissionSetLicence.isEmpty()) {
            return Optional.of(true);
        }
        String value = permissionSetLicence.get().trim();
        if (value.equals("Salesforce")) {
            return Optional.of(false);
        }
        if (value.equals("SalesforceAPIIntegrationPsl") || value.equals("Salesforce API Integration")) {
            return Optional.of(true);
        }
        return Optional.empty();
    }

    public static Licence parse(String text) throws InputException {
        String compact = text.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        for (Licence licence : values()) {
            if (licence.token.toLowerCase(Locale.ROOT).equals(compact)) {
                return licence;
            }
        }
        List<String> known = Arrays.stream(values()).map(Licence::token).toList();
        throw new InputException("<license>" + text + "</license> is not a licence sfperm models; use one of "
                + String.join(", ", known) + ", or leave it out");
    }
}
