package org.coplan.process;

import java.util.List;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.PersonId;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.Problem;
import org.coplan.process.internal.ProcessWork;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records statutory steps for other modules (demo data, set-up): the same checks as the pages. */
@Service
public class ProcessSetup {

    private final ProcessWork work;
    private final CaseAccess cases;

    ProcessSetup(ProcessWork work, CaseAccess cases) {
        this.work = work;
        this.cases = cases;
    }

    /** Records the step as the person; returns what is wrong with it, and records nothing, if anything is. */
    @Transactional
    public List<Problem> record(PersonId by, CaseId caseId, ProcessEvent step) {
        return work.record(cases.open(by, caseId, CaseAction.VIEW_CASE), step);
    }
}
