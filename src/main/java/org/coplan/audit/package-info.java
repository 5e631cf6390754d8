/** The append-only record of who viewed, changed, exported or shared what. */
package org.coplan.audit;
