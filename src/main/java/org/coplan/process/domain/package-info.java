/**
 * The statutory workflow in plain Java: the steps recorded on a case, replayed into the
 * deadlines the deadlines module computes, the reminders, the SEN2 return and who may see
 * which dashboard. No Spring and no web types.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.coplan.process.domain;
