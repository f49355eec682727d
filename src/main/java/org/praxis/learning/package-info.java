/**
 * Learning from reviews: safeguarding practice reviews, adults reviews, inspections and peer reviews; what they found
 * (lessons filed under themes and tied to practice standards and audit questions); their recommendations, whose
 * actions are in the one action tracker; whether practice changed after (audit evidence before and after, decision
 * 0031); and the leaders' synopsis.
 *
 * <p>Published: {@link org.praxis.learning.LearningThemes} (open themes and their standards, for targeted training).
 *
 * <p>Owns tables: every {@code learning_*} table.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Learning from reviews",
        allowedDependencies = {
            "accesslog",
            "actions",
            "audit",
            "documents",
            "identity",
            "register",
            "register :: reading",
            "standards",
            "statistics",
            "web"
        })
package org.praxis.learning;
