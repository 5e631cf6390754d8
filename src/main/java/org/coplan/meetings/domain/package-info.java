/**
 * Rules about meetings, decisions and actions in plain Java, with no Spring or web types: who may
 * do what, the availability check of proposed times, and what a decision must record.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.coplan.meetings.domain;
