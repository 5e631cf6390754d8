package org.coplan.cases;

import java.util.Optional;

/**
 * Something on a case that another module says needs attention, shown at the top of the case page
 * as a warning with a link to where it can be dealt with: for example actions past their due date.
 * The cases module knows nothing of what is counted: each module that keeps such things offers a
 * Spring bean of this type (it depends on cases, never the other way round), and the page shows
 * every warning that applies, in {@link org.springframework.core.annotation.Order}.
 */
public interface CaseWarning {

    /**
     * The warning for the case as this person sees it, or empty when there is nothing to warn about
     * or the person may not see what it is about. The caller has opened the case through
     * {@link CaseAccess}.
     */
    Optional<Warning> warningFor(CaseContext ctx);

    /**
     * @param textKey the message key of the warning, given {@code count} as its argument
     * @param count how many things need attention
     * @param linkKey the message key of the link's text
     * @param href where they can be dealt with
     */
    record Warning(String textKey, long count, String linkKey, String href) {}
}
