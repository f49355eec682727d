package org.praxis.actions;

import org.praxis.identity.CurrentUser;

/**
 * The module an action came from says whether a reader may open its record (an audit, a week's visit records), so an
 * action page links to it only when the link would open. A source nobody answers for is shown without a link.
 */
public interface ActionSources {

    /** The source this answers for, as raised: {@code "AUDIT"}, {@code "PRACTICE_WEEK"}. */
    String source();

    boolean mayOpen(long sourceId, CurrentUser reader);
}
