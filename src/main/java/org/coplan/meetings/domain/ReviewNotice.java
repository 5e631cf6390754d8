package org.coplan.meetings.domain;

import java.time.LocalDate;

/** D17: the last day notice of an annual review meeting on a given day can go (2 weeks before). */
@FunctionalInterface
public interface ReviewNotice {
    LocalDate noticeBy(LocalDate meeting);
}
