package org.praxis.web;

/** What the web shell needs to know about whoever is signed in; identity's principal provides it. */
public interface SignedInPerson {

    /** The person's name as colleagues know it ("Priya Shah"), or their username if no name is known. */
    String displayName();
}
