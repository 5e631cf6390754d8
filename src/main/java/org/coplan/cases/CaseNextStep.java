package org.coplan.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coplan.people.PersonId;

/**
 * The next thing that happens on a case, from the module that knows it: a statutory step and its
 * date, a meeting. The case page opens with the soonest of them under "What happens next", with
 * who is responsible and how to contact them. Like {@link CaseWarning}, each module offers a
 * Spring bean of this type; the cases module knows nothing of what is counted.
 */
public interface CaseNextStep {

    /**
     * The next step on the case as this person may see it, or empty when there is none. The caller
     * has opened the case through {@link CaseAccess}.
     */
    Optional<Step> nextFor(CaseContext ctx);

    /**
     * @param on the day it happens, or the legal day it must be done by
     * @param actBy whether {@code on} is a day to act by (written with the act-by rule: the last
     *     working day first when the legal day falls on a closed day) rather than the day it happens
     * @param whatKey the message key saying what happens, given {@code args}
     * @param responsible the team member who is responsible, when one person is; otherwise empty
     * @param responsibleKey the message key naming who is responsible when no one person is (the
     *     council, the school, you and your family)
     * @param familyActs whether the family is the one to act (their own window, such as commenting
     *     on a draft plan)
     * @param href where to see more or act
     * @param linkKey the message key of the link's text
     */
    record Step(LocalDate on, boolean actBy, String whatKey, List<Object> args, Optional<PersonId> responsible,
            String responsibleKey, boolean familyActs, String href, String linkKey) {

        public Step {
            args = List.copyOf(args);
        }
    }
}
