package org.lingong.core.people;

import java.util.Optional;

/**
 * What the province's blacklist of illegal agencies says about an employer of the current city. Declared here, where
 * {@link EmployerVerification#requireMayRecruit} asks it; the blacklist feature implements it.
 */
public interface ListedAgencies {

    /** A listed entry: its number in the province's list, the agency's name and the grounds. */
    record Listing(int number, String name, String grounds) {
    }

    /**
     * The listed entry of the current city's province with this credit code, or with this keyed hash of a contact
     * phone ({@link AgencyKeys#phone}), if any.
     */
    Optional<Listing> matching(String creditCode, String contactPhoneIndex);
}
