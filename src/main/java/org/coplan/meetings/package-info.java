/** Planning and review meetings, structured conversations, decisions and actions. */
package org.coplan.meetings;
