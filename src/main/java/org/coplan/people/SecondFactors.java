package org.coplan.people;

/** What other modules may ask of staff second factors (codes from an authenticator app). */
public interface SecondFactors {

    /**
     * Sets up a second factor with a key chosen in advance, without recovery codes, replacing any
     * the person had. Only for demo data, whose key is published so the demo can be tried.
     */
    void setUpWithKey(PersonId person, String key);
}
