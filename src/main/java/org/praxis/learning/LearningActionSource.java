package org.praxis.learning;

import org.praxis.actions.ActionSources;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.RecordAccess;
import org.springframework.stereotype.Component;

/** An action raised from a recommendation links back to its review, which all staff in practice may read. */
@Component
class LearningActionSource implements ActionSources {

    @Override
    public String source() {
        return Reviews.SOURCE;
    }

    @Override
    public boolean mayOpen(long recommendationId, CurrentUser reader) {
        return RecordAccess.mayReadLearning(reader);
    }
}
