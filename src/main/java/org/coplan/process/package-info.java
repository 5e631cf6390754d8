/** The statutory workflow: the steps recorded on each case, its timeline, reminders and dashboards. */
package org.coplan.process;
