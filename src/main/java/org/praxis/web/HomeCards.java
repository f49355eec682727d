package org.praxis.web;

import java.util.List;

/**
 * Cards a module adds to the signed-in person's home page when they depend on its data (the Practice Week a
 * visitor is in, say). Cards for fixed screens are listed in the home page itself.
 */
public interface HomeCards {

    List<HomeCard> forSignedInPerson();
}
