/** The statutory workflow and the deadline engine. */
package org.coplan.process;
