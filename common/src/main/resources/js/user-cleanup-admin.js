/*
 * User Cleanup admin pages: starts the page's module once its elements exist. The modules
 * (loaded before this file, in the web resource's order) are user-cleanup-core.js (strings, REST,
 * elements, the one text-only message helper, dialogs), -group-picker.js, -schedule.js,
 * -config-page.js (identity providers), -cleanup-form.js, -history.js and -cleanups-page.js
 * (Scheduling and Cleanup). Everything goes through the app's REST API; the server renders only
 * the page skeleton and hands over the strings (data-i18n).
 */
(function (UC) {
    'use strict';

    function start() {
        var page = document.querySelector('.user-cleanup-page');
        if (!page) {
            return;
        }
        UC.init(page);
        UC.wireDialogs();
        if (page.getAttribute('data-page') === 'config') {
            UC.configPage();
        } else {
            UC.cleanupsPage();
        }
    }

    // Jira may load page resources in the head: start once the page's elements exist.
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}(window.UserCleanupAdmin = window.UserCleanupAdmin || {}));
