package org.coplan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * Coplan as a first local start runs it: no SMTP server, so mail goes to the demo mailbox, and an
 * area with its first administrator (Ada First, ada.first@eastshire.test), whose set-up email is
 * the first message there. Every test class with this annotation shares one application context.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@TestPropertySource(properties = {
    "spring.mail.host=",
    "coplan.set-up.local-authority=Eastshire Council",
    "coplan.set-up.administrator-email=ada.first@eastshire.test",
    "coplan.set-up.administrator-name=Ada First"
})
public @interface FirstStartWithoutMailServer {}
