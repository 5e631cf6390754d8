package org.coplan.people.internal;

import org.coplan.people.Organisation;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a new installation, creates the local authority and its first administrator from
 * {@code COPLAN_SET_UP_*} settings and emails the administrator a link to choose a password.
 * Does nothing once any account exists, so restarting with the settings still in place is safe.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstStartSetUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStartSetUp.class);

    private final People people;
    private final PasswordResets links;
    private final String authorityName;
    private final String email;
    private final String name;

    FirstStartSetUp(
            People people, PasswordResets links,
            @Value("${coplan.set-up.local-authority:}") String authorityName,
            @Value("${coplan.set-up.administrator-email:}") String email,
            @Value("${coplan.set-up.administrator-name:Administrator}") String name) {
        this.people = people;
        this.links = links;
        this.authorityName = authorityName;
        this.email = email;
        this.name = name;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (authorityName.isBlank() || email.isBlank() || people.anyAccountExists()) {
            return;
        }
        Organisation authority = people.createOrganisation(OrganisationKind.LOCAL_AUTHORITY, authorityName.strip(), null);
        Person admin = people.findOrCreate(email, name);
        people.addStaffRole(admin.id(), authority.id(), StaffRole.ADMINISTRATOR);
        links.sendAccountSetUp(admin, "Coplan", "Administrator", authority.name());
        log.info("Created {} and its administrator {}; a link to choose a password has been emailed", authority.name(), email);
    }
}
