package org.praxis.governance;

import org.praxis.actions.ActionSources;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Role;
import org.springframework.stereotype.Component;

/** An action raised for a committee's follow-up links back to it, for those who read the follow-up list. */
@Component
class FollowUpActionSource implements ActionSources {

    @Override
    public String source() {
        return FollowUpController.SOURCE;
    }

    @Override
    public boolean mayOpen(long followUpId, CurrentUser reader) {
        return reader.has(Role.QA_LEAD) || reader.has(Role.LEADER) || reader.has(Role.COMMITTEE_MEMBER);
    }
}
