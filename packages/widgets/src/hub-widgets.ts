/**
 * The script-tag file, /widgets/v1/hub-widgets.js: every element, with Lit bundled, in one ES
 * module. A partner page needs only `<script type="module" src=".../hub-widgets.js">`; the
 * default feeds are found from this file's own URL.
 */
import './define.ts';
