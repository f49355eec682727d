/**
 * Targeted training: courses on the practice standards and learning themes where practice is weakest, their sessions
 * and trainers, the training needs proposed from audit evidence and open learning (accepted or dismissed by the
 * learning and development lead), attendance recorded or imported, coverage of each course's audience, training each
 * job role must have, and whether practice changed after (decision 0032).
 *
 * <p>Published: {@link org.praxis.training.Courses}, {@link org.praxis.training.Sessions} and
 * {@link org.praxis.training.Attendance} and {@link org.praxis.training.Requirements} (the demo council loads
 * its courses through them).
 *
 * <p>Owns tables: every {@code training_*} table.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Targeted training",
        allowedDependencies = {
            "audit",
            "documents",
            "identity",
            "learning",
            "organisation",
            "standards",
            "statistics",
            "web"
        })
package org.praxis.training;
