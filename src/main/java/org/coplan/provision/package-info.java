/** Specified provision and its delivery record. */
package org.coplan.provision;
