/** Parties (provinces and the central government) and the monitored border cross-sections. */
package org.ecocomp.basin;
