/*
 * User Cleanup admin pages, shared helpers: strings, REST calls, building elements, the one
 * message helper, dialogs and form errors. Every page module of UserCleanupAdmin uses these.
 *
 * Text from the server is always set as text, never as HTML: elements are built with
 * createElement and textContent (el), messages through the text-only message() helper (which
 * hands AUI only markup the browser serialised from a text node), and link targets from encoded
 * parts (segment). Nothing in these modules assigns innerHTML or hands data to jQuery.
 */
(function (UC) {
    'use strict';

    var STRINGS = {};

    /** Reads the REST base and the strings the server handed to the page. */
    UC.init = function (page) {
        UC.REST = page.getAttribute('data-rest-base');
        STRINGS = JSON.parse(page.getAttribute('data-i18n') || '{}');
    };

    /** The string for the key with {0}, {1}... filled in. */
    UC.t = function (key) {
        var args = Array.prototype.slice.call(arguments, 1);
        var text = Object.prototype.hasOwnProperty.call(STRINGS, key) ? STRINGS[key] : key;
        return text.replace(/\{(\d+)\}/g, function (match, index) {
            return args[index] === undefined ? match : String(args[index]);
        });
    };
    var t = UC.t;

    /** A REST call; resolves with the parsed body, rejects with {status, errors}. */
    UC.api = function (method, path, body) {
        var options = {
            method: method,
            credentials: 'same-origin',
            headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}
        };
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(UC.REST + path, options).then(function (response) {
            if (response.status === 204) {
                return null;
            }
            return response.text().then(function (text) {
                var json = null;
                try {
                    json = text ? JSON.parse(text) : null;
                } catch (e) {
                    json = null;
                }
                if (!response.ok) {
                    throw {status: response.status, errors: (json && json.errors) || [{message: response.statusText}]};
                }
                return json;
            });
        });
    };

    /** An element with attributes ('text' sets its text, 'className' its classes) and children (strings become text). */
    UC.el = function (tag, attributes, children) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) {
            var value = attributes[name];
            if (value === null || value === undefined) {
                return;
            }
            if (name === 'text') {
                node.textContent = value;
            } else if (name === 'className') {
                node.className = value;
            } else {
                node.setAttribute(name, value);
            }
        });
        (children || []).forEach(function (child) {
            if (child !== null && child !== undefined) {
                node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
            }
        });
        return node;
    };
    var el = UC.el;

    UC.button = function (label, onClick, extraClass) {
        var node = el('button', {type: 'button', className: 'aui-button' + (extraClass ? ' ' + extraClass : ''), text: label});
        node.addEventListener('click', onClick);
        return node;
    };

    UC.table = function (headers, rows, className) {
        return el('table', {className: 'aui aui-table-list' + (className ? ' ' + className : '')}, [
            el('thead', {}, [el('tr', {}, headers.map(function (h) { return el('th', {scope: 'col', text: h}); }))]),
            el('tbody', {}, rows)
        ]);
    };

    /** An AUI lozenge with the text; kind is success, error, current, moved, complete or nothing. */
    UC.lozenge = function (text, kind, extraClass) {
        return el('span', {className: 'aui-lozenge' + (kind ? ' aui-lozenge-' + kind : '') + (extraClass ? ' ' + extraClass : ''),
            text: text});
    };

    /**
     * The one message helper: shows the text in an AUI flag, as text, and returns the flag (or
     * null). AJS.flag parses its body as HTML and drops anything but a string, so the body is a
     * paragraph the browser itself serialised from a text node: whatever the text holds, it comes
     * back out of the parser as that text. A 'manual' flag stays until it is closed (UC.closeMessage).
     */
    UC.message = function (type, text, close) {
        if (!(window.AJS && AJS.flag)) {
            return null;
        }
        var paragraph = document.createElement('p');
        paragraph.textContent = String(text);
        return AJS.flag({type: type, body: paragraph.outerHTML, close: close || 'auto'});
    };

    /** Closes a flag that UC.message returned. */
    UC.closeMessage = function (flag) {
        if (flag && typeof flag.close === 'function') {
            flag.close();
        } else if (flag && flag.parentNode) {
            flag.parentNode.removeChild(flag);
        }
    };

    /** A path segment of a REST URL: every character but unreserved ones percent-encoded. */
    UC.segment = function (value) {
        return encodeURIComponent(String(value));
    };

    UC.errorText = function (error) {
        if (error && error.errors) {
            return error.errors.map(function (e) { return e.message; }).join(' ');
        }
        return String(error);
    };

    UC.formatInstant = function (value) {
        return value ? new Date(value).toLocaleString() : t('user-cleanup.common.never');
    };

    /** The instant as date and time in the time zone, with the zone named: "24 Nov 2026, 03:00 (Europe/Oslo)". */
    UC.formatInZone = function (value, timeZone) {
        var text;
        try {
            text = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeStyle: 'short', timeZone: timeZone})
                .format(new Date(value));
        } catch (e) {
            text = new Date(value).toISOString();
            timeZone = 'UTC';
        }
        return t('user-cleanup.common.in-zone', text, timeZone);
    };

    /** A number with the browser's digit grouping. */
    UC.number = function (value) {
        return Number(value || 0).toLocaleString();
    };

    UC.durationText = function (milliseconds) {
        var seconds = Math.max(0, Math.round(milliseconds / 1000));
        if (seconds < 60) {
            return t('user-cleanup.history.duration.seconds', seconds);
        }
        if (seconds < 3600) {
            return t('user-cleanup.history.duration.minutes', Math.floor(seconds / 60), seconds % 60);
        }
        return t('user-cleanup.history.duration.hours', Math.floor(seconds / 3600), Math.floor(seconds % 3600 / 60));
    };

    // --------------------------------------------------------------------------------- dialogs

    UC.dialog = function (id) {
        return AJS.dialog2('#' + id);
    };

    /** Shows the dialog and moves the focus into it, so it works from the keyboard alone. */
    UC.openDialog = function (id, focusSelector) {
        UC.dialog(id).show();
        var section = document.getElementById(id);
        var target = section.querySelector(focusSelector || 'input, select, textarea, button, a[href]');
        if (target) {
            setTimeout(function () { target.focus(); }, 50);
        }
    };

    var confirmAction = null;

    /**
     * Asks before an action. The options name the dialog's title and text, the verb of the button
     * that acts (yes) and of the one that does not (no), and the action (a function returning a
     * promise). A change to the directory (danger) gets a red button, and the focus starts on the
     * button that does nothing; details are extra lines of text under the question.
     */
    UC.confirm = function (options) {
        document.getElementById('confirm-dialog-title').textContent = options.title;
        document.getElementById('confirm-dialog-text').textContent = options.text;
        var details = document.getElementById('confirm-dialog-details');
        details.textContent = '';
        (options.details || []).forEach(function (line) {
            details.appendChild(el('li', {text: line}));
        });
        details.hidden = !(options.details && options.details.length);
        var error = document.getElementById('confirm-dialog-error');
        error.hidden = true;
        var yes = document.getElementById('confirm-yes');
        yes.textContent = options.yes || t('user-cleanup.common.yes');
        yes.className = 'aui-button ' + (options.danger ? 'aui-button-danger' : 'aui-button-primary');
        yes.disabled = false;
        document.getElementById('confirm-no').textContent = options.no || t('user-cleanup.common.cancel');
        confirmAction = options.onYes;
        UC.openDialog('confirm-dialog', options.danger ? '#confirm-no' : '#confirm-yes');
    };

    /** Wires the dialogs of the page: close buttons, and the confirmation's button that acts. */
    UC.wireDialogs = function () {
        document.querySelectorAll('.aui-dialog2 .user-cleanup-close').forEach(function (close) {
            close.addEventListener('click', function () {
                UC.dialog(close.closest('.aui-dialog2').id).hide();
            });
        });
        var yes = document.getElementById('confirm-yes');
        if (yes) {
            yes.addEventListener('click', function () {
                yes.disabled = true;
                confirmAction().then(function () {
                    UC.dialog('confirm-dialog').hide();
                }, function (e) {
                    yes.disabled = false;
                    var error = document.getElementById('confirm-dialog-error');
                    error.textContent = UC.errorText(e);
                    error.hidden = false;
                });
            });
        }
    };

    // ----------------------------------------------------------------------------- form errors

    /** The error slot of a form field, or null; the field name is matched as a value, never as selector syntax. */
    UC.errorSlot = function (form, field) {
        return Array.prototype.filter.call(form.querySelectorAll('.error[data-field]'), function (slot) {
            return slot.getAttribute('data-field') === field;
        })[0] || null;
    };

    /** Shows a 400's field errors next to their fields, and the rest at the top of the form. */
    UC.showErrors = function (form, error) {
        UC.clearErrors(form);
        var general = [];
        (error.errors || []).forEach(function (e) {
            var slot = e.field ? UC.errorSlot(form, e.field) : null;
            if (slot) {
                slot.textContent = e.message;
                var group = slot.closest('.field-group, fieldset');
                var input = group && group.querySelector('input, select, textarea');
                if (input) {
                    input.setAttribute('aria-invalid', 'true');
                }
            } else {
                general.push(e.message);
            }
        });
        var top = form.querySelector('.user-cleanup-form-error');
        top.textContent = general.length ? general.join(' ') : t('user-cleanup.common.fix-errors');
        top.hidden = false;
        var first = form.querySelector('[aria-invalid="true"]');
        if (first) {
            first.focus();
        }
    };

    UC.clearErrors = function (form) {
        form.querySelectorAll('.error').forEach(function (slot) { slot.textContent = ''; });
        form.querySelectorAll('[aria-invalid]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
        form.querySelector('.user-cleanup-form-error').hidden = true;
    };

    UC.radioValue = function (form, name) {
        var checked = Array.prototype.filter.call(form.querySelectorAll('input[type="radio"]'), function (r) {
            return r.name === name && r.checked;
        })[0];
        return checked ? checked.value : null;
    };

    UC.setRadio = function (form, name, value) {
        form.querySelectorAll('input[type="radio"]').forEach(function (r) {
            if (r.name === name) {
                r.checked = r.value === value;
            }
        });
    };

    // ------------------------------------------------------------------------------- directory

    UC.GROUP_PAGE = 50;
    UC.directory = {directories: [], applications: []};

    /** A page of the groups whose names start with the text. */
    UC.searchGroups = function (text, start) {
        return UC.api('GET', '/groups?query=' + encodeURIComponent(text) + '&start=' + (start || 0) + '&limit=' + UC.GROUP_PAGE);
    };

    /** Loads the directories and applications the forms offer. */
    UC.loadDirectory = function () {
        return Promise.all([UC.api('GET', '/directories'), UC.api('GET', '/applications')]).then(function (answers) {
            UC.directory = {directories: answers[0], applications: answers[1]};
            return UC.directory;
        });
    };
}(window.UserCleanupAdmin = window.UserCleanupAdmin || {}));
