package org.praxis.practiceweek;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The families' feedback form (no sign-in): the key that signs its stamp, how long a stamp lasts, and how many sends
 * are taken from one address and through one week's form in each window (decision 0027).
 *
 * @param secret the key that signs the form's time stamp; the same on every instance; the prod profile refuses to
 *     start without one of at least 32 characters (unset elsewhere: a random key at each start)
 * @param stampLifetime how long after a form was opened it may still be sent; an older one is shown again to press
 *     Send once more, with what was written kept
 * @param window the period over which sends are counted
 * @param sendsPerAddress sends taken from one client address in each window (the address a trusted proxy forwarded)
 * @param sendsPerForm sends taken through one week's form in each window, from all addresses together
 */
@ConfigurationProperties("praxis.feedback-form")
record FeedbackFormProperties(
        @DefaultValue("") String secret,
        @DefaultValue("1h") Duration stampLifetime,
        @DefaultValue("10m") Duration window,
        @DefaultValue("5") int sendsPerAddress,
        @DefaultValue("100") int sendsPerForm) {}
