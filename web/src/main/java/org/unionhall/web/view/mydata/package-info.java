/** The member's own data page: see everything held about them, export it, erase the account. */
package org.unionhall.web.view.mydata;
