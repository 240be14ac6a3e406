/*
 * A group picker: a search box that asks the server for the groups starting with what is typed,
 * as it is typed, and shows the picked groups as removable chips. It is an ARIA combobox with a
 * listbox (arrow keys move through the found groups, Enter picks, Escape closes the list,
 * Backspace in an empty box removes the last chip), and each chip's remove button names its
 * group. Every picker has its own search. Names are set as text only.
 */
(function (UC) {
    'use strict';

    var el = UC.el;
    var t = UC.t;
    var count = 0;

    /**
     * Makes the picker in the container (which holds the labelled input[role=combobox]); returns
     * {values(), set(values), onChange(listener)}.
     */
    UC.groupPicker = function (container) {
        var input = container.querySelector('input');
        var id = input.id;
        var chips = el('ul', {className: 'user-cleanup-chips', 'aria-label': t('user-cleanup.picker.chosen',
            document.querySelector('label[for="' + id + '"]').textContent)});
        var list = el('ul', {className: 'user-cleanup-picker-results', role: 'listbox', id: id + '-listbox',
            'aria-label': t('user-cleanup.picker.found')});
        var status = el('div', {className: 'description user-cleanup-picker-status', id: id + '-status', 'aria-live': 'polite'});
        list.hidden = true;
        container.insertBefore(chips, input);
        input.parentNode.insertBefore(list, input.nextSibling);
        list.parentNode.insertBefore(status, list.nextSibling);
        input.setAttribute('role', 'combobox');
        input.setAttribute('aria-autocomplete', 'list');
        input.setAttribute('aria-expanded', 'false');
        input.setAttribute('aria-controls', list.id);
        input.setAttribute('autocomplete', 'off');
        input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + status.id).trim());

        var picked = [];
        var listeners = [];
        var timer = null;
        var latest = 0;
        var active = -1;

        function has(name) {
            return picked.some(function (p) { return p.toLowerCase() === name.toLowerCase(); });
        }

        function changed() {
            listeners.forEach(function (listener) { listener(picked.slice()); });
        }

        function renderChips() {
            chips.textContent = '';
            picked.forEach(function (name) {
                var remove = el('button', {type: 'button', className: 'user-cleanup-chip-remove',
                    'aria-label': t('user-cleanup.picker.remove', name), title: t('user-cleanup.picker.remove', name), text: '\u00d7'});
                remove.addEventListener('click', function () {
                    picked = picked.filter(function (p) { return p !== name; });
                    renderChips();
                    status.textContent = t('user-cleanup.picker.removed', name);
                    changed();
                    input.focus();
                });
                chips.appendChild(el('li', {className: 'aui-label user-cleanup-chip', 'data-group': name},
                    [el('span', {className: 'user-cleanup-chip-name', text: name}), remove]));
            });
            chips.hidden = picked.length === 0;
        }

        function close() {
            list.hidden = true;
            active = -1;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
        }

        function options() {
            return Array.prototype.slice.call(list.querySelectorAll('[role="option"]'));
        }

        function highlight(index) {
            var all = options();
            if (!all.length) {
                return;
            }
            active = (index + all.length) % all.length;
            all.forEach(function (option, i) {
                option.classList.toggle('user-cleanup-option-active', i === active);
            });
            input.setAttribute('aria-activedescendant', all[active].id);
            all[active].scrollIntoView({block: 'nearest'});
        }

        function pick(name) {
            if (!has(name)) {
                picked.push(name);
                renderChips();
                status.textContent = t('user-cleanup.picker.added', name);
                changed();
            }
            input.value = '';
            close();
            input.focus();
        }

        function show(answer) {
            list.textContent = '';
            var found = answer.groups.filter(function (name) { return !has(name); });
            found.forEach(function (name, index) {
                var option = el('li', {role: 'option', id: id + '-option-' + (++count), 'aria-selected': 'false',
                    'data-group': name, text: name});
                option.addEventListener('mousedown', function (event) { event.preventDefault(); });
                option.addEventListener('click', function () { pick(name); });
                list.appendChild(option);
                if (index === 0) {
                    active = -1;
                }
            });
            if (!found.length) {
                list.appendChild(el('li', {className: 'user-cleanup-picker-none', text: t('user-cleanup.picker.none')}));
            }
            status.textContent = answer.more ? t('user-cleanup.common.filter.more', answer.groups.length)
                : t('user-cleanup.picker.count', found.length);
            list.hidden = false;
            input.setAttribute('aria-expanded', 'true');
        }

        /** Asks the server a moment after the typing stops; an answer to an older search is dropped. */
        function search() {
            clearTimeout(timer);
            timer = setTimeout(function () {
                var asked = ++latest;
                UC.searchGroups(input.value.trim()).then(function (answer) {
                    if (asked === latest && document.activeElement === input) {
                        show(answer);
                    }
                }, function (e) {
                    if (asked === latest) {
                        UC.message('error', UC.errorText(e));
                    }
                });
            }, 200);
        }

        input.addEventListener('input', search);
        input.addEventListener('focus', search);
        input.addEventListener('blur', function () { setTimeout(close, 150); });
        input.addEventListener('keydown', function (event) {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                if (list.hidden) {
                    search();
                } else {
                    highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
                }
            } else if (event.key === 'Enter') {
                event.preventDefault();
                var all = options();
                var exact = all.filter(function (o) { return o.getAttribute('data-group').toLowerCase() === input.value.trim().toLowerCase(); })[0];
                var chosen = active >= 0 ? all[active] : (exact || (all.length === 1 ? all[0] : null));
                if (chosen && !list.hidden) {
                    pick(chosen.getAttribute('data-group'));
                }
            } else if (event.key === 'Escape' && !list.hidden) {
                // Closes the list only, not the dialog around it.
                event.preventDefault();
                event.stopPropagation();
                close();
            } else if (event.key === 'Backspace' && input.value === '' && picked.length) {
                var last = picked.pop();
                renderChips();
                status.textContent = t('user-cleanup.picker.removed', last);
                changed();
            }
        });

        renderChips();
        return {
            values: function () { return picked.slice(); },
            set: function (values) {
                picked = [];
                (values || []).forEach(function (name) {
                    if (!has(name)) {
                        picked.push(name);
                    }
                });
                input.value = '';
                status.textContent = '';
                close();
                renderChips();
            },
            onChange: function (listener) { listeners.push(listener); }
        };
    };
}(window.UserCleanupAdmin = window.UserCleanupAdmin || {}));
