// The sandbox chat page: a test user talks to the bot through the Telegram sandbox's user-side API
// (/sandbox/telegram/_user/...), and the salon admin acts on the Yclients sandbox (/sandbox/yclients/_admin/...).
// Plain browser JavaScript, no build step. The chat is redrawn from the timeline, polled every 700 ms.
'use strict';

const POLL_MS = 700;
const ADMIN_POLL_MS = 5000;
const ALLOWED_TAGS = new Set(['B', 'STRONG', 'I', 'EM', 'U', 'INS', 'S', 'STRIKE', 'DEL', 'CODE', 'PRE', 'A',
  'BLOCKQUOTE', 'TG-SPOILER', 'SPAN']);

const $ = (id) => document.getElementById(id);
let user = { id: 100000001, name: 'Анна', lang: 'ru' };
let lastTimeline = '';

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { json = { raw: text }; }
  return { status: response.status, json };
}

function profile(extra) {
  return Object.assign({ first_name: user.name, language_code: user.lang }, extra);
}

function userPath(action) {
  return `/sandbox/telegram/_user/${user.id}/${action}`;
}

async function sendText(text) {
  if (!text.trim()) return;
  await api('POST', userPath('send'), profile({ text }));
  await refreshChat();
}

async function shareContact() {
  await api('POST', userPath('contact'), profile({ phone_number: $('contact-phone').value }));
  await refreshChat();
}

async function press(messageId, data) {
  await api('POST', userPath('press'), profile({ message_id: messageId, data }));
  await refreshChat();
}

// Bot text with parse_mode HTML: keep Telegram's formatting tags, drop everything else to text.
function renderHtml(html, target) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const copy = (from, to) => {
    for (const node of from.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        to.appendChild(document.createTextNode(node.textContent));
      } else if (node.nodeType === Node.ELEMENT_NODE && ALLOWED_TAGS.has(node.tagName)) {
        let element;
        if (node.tagName === 'A') {
          element = document.createElement('a');
          const href = node.getAttribute('href') || '';
          if (/^https?:\/\//.test(href)) { element.href = href; element.target = '_blank'; element.rel = 'noopener'; }
        } else if (node.tagName === 'TG-SPOILER' || (node.tagName === 'SPAN' && node.classList.contains('tg-spoiler'))) {
          element = document.createElement('span');
          element.className = 'spoiler';
        } else {
          element = document.createElement(node.tagName === 'SPAN' ? 'span' : node.tagName.toLowerCase());
        }
        copy(node, element);
        to.appendChild(element);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        copy(node, to);
      }
    }
  };
  copy(doc.body, target);
}

function renderMessage(message) {
  const bubble = document.createElement('div');
  bubble.className = `message ${message.from_bot ? 'from-bot' : 'from-user'}`;
  bubble.dataset.messageId = message.message_id;
  const body = document.createElement('span');
  body.className = 'text';
  if (message.contact) {
    body.textContent = `📱 ${message.contact.first_name}: ${message.contact.phone_number}`;
  } else if (message.html) {
    renderHtml(message.html, body);
  } else {
    body.textContent = message.text || '';
  }
  bubble.appendChild(body);
  const meta = document.createElement('span');
  meta.className = 'meta';
  const time = new Date(message.date * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  meta.textContent = message.edited ? `edited ${time}` : time;
  bubble.appendChild(meta);
  return bubble;
}

function renderInlineKeyboard(message) {
  const keyboard = document.createElement('div');
  keyboard.className = 'inline-keyboard';
  for (const row of message.reply_markup.inline_keyboard) {
    const rowElement = document.createElement('div');
    rowElement.className = 'row';
    for (const button of row) {
      const element = document.createElement('button');
      element.type = 'button';
      element.className = 'inline-button';
      element.textContent = button.text;
      if (button.callback_data !== undefined) {
        element.dataset.callback = button.callback_data;
        element.dataset.messageId = message.message_id;
        element.addEventListener('click', () => press(message.message_id, button.callback_data));
      } else if (button.url) {
        element.addEventListener('click', () => window.open(button.url, '_blank', 'noopener'));
      }
      rowElement.appendChild(element);
    }
    keyboard.appendChild(rowElement);
  }
  return keyboard;
}

function renderReplyKeyboard(markup) {
  const panel = $('reply-keyboard');
  panel.replaceChildren();
  panel.hidden = !markup || !markup.keyboard;
  if (panel.hidden) return;
  for (const row of markup.keyboard) {
    const rowElement = document.createElement('div');
    rowElement.className = 'row';
    for (const button of row) {
      const text = typeof button === 'string' ? button : button.text;
      const element = document.createElement('button');
      element.type = 'button';
      element.textContent = text;
      if (button.request_contact) {
        element.dataset.requestContact = 'true';
        element.addEventListener('click', shareContact);
      } else {
        element.addEventListener('click', () => sendText(text));
      }
      rowElement.appendChild(element);
    }
    panel.appendChild(rowElement);
  }
}

function renderCommands(commands) {
  const list = $('commands');
  list.replaceChildren();
  for (const command of commands || []) {
    const item = document.createElement('li');
    item.textContent = `/${command.command} — ${command.description}`;
    item.addEventListener('click', () => { list.hidden = true; sendText(`/${command.command}`); });
    list.appendChild(item);
  }
  $('menu-button').hidden = !commands || commands.length === 0;
}

function renderCallbackAnswer(answers) {
  const box = $('callback-answer');
  const last = [...(answers || [])].reverse().find((answer) => answer.answered && answer.text);
  box.hidden = !last;
  if (last) {
    box.textContent = last.text;
    box.classList.toggle('alert', !!last.show_alert);
  }
}

async function refreshChat() {
  const { status, json } = await api('GET', userPath('timeline'));
  if (status !== 200) return;
  const snapshot = JSON.stringify(json);
  if (snapshot === lastTimeline) return;
  lastTimeline = snapshot;
  const chat = $('chat');
  const atBottom = chat.scrollTop + chat.clientHeight >= chat.scrollHeight - 20;
  chat.replaceChildren();
  for (const message of json.messages) {
    chat.appendChild(renderMessage(message));
    if (message.reply_markup && message.reply_markup.inline_keyboard) {
      chat.appendChild(renderInlineKeyboard(message));
    }
  }
  if (atBottom) chat.scrollTop = chat.scrollHeight;
  renderReplyKeyboard(json.reply_keyboard);
  renderCommands(json.commands);
  renderCallbackAnswer(json.callback_answers);
}

function statusOf(record) {
  if (record.deleted) return 'cancelled';
  if (record.attendance === 2 || record.confirmed === 1) return 'confirmed';
  if (record.attendance === 1) return 'came';
  return 'waiting';
}

async function adminAction(recordId, action) {
  const { status, json } = await api('POST', `/sandbox/yclients/_admin/records/${recordId}/${action}`, {});
  const result = $('webhook-result');
  if (status === 200 && json.webhook) {
    const outcome = json.webhook.http_status ? `HTTP ${json.webhook.http_status}` : `failed (${json.webhook.error})`;
    result.textContent = `record ${recordId} ${action}: webhook record/${json.webhook.event} → ${json.webhook.url}: ${outcome}`;
  } else {
    result.textContent = `record ${recordId} ${action}: ${status} ${json && json.meta ? json.meta.message : ''}`;
  }
  await refreshAdmin();
}

async function refreshAdmin() {
  const { status, json } = await api('GET', '/sandbox/yclients/_admin/records?days=14');
  if (status !== 200) return;
  $('admin-zone').textContent = `(${json.timezone_name}, today ${json.today})`;
  const body = $('admin-records').querySelector('tbody');
  body.replaceChildren();
  for (const record of json.records) {
    const row = document.createElement('tr');
    const state = statusOf(record);
    row.dataset.recordId = record.id;
    row.dataset.status = state;
    row.className = state;
    const cells = [record.local_time, record.staff.name, `${record.client.name} ${record.client.phone}`,
      record.services.map((service) => service.title).join(', '), state];
    for (const value of cells) {
      const cell = document.createElement('td');
      cell.textContent = value;
      row.appendChild(cell);
    }
    row.children[4].className = `status-${state}`;
    const actions = document.createElement('td');
    if (!record.deleted) {
      for (const [action, label] of [['confirm', 'Confirm'], ['cancel', 'Cancel'], ['move', 'Move']]) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = action;
        button.textContent = label;
        button.addEventListener('click', () => adminAction(record.id, action));
        actions.appendChild(button);
      }
    }
    row.appendChild(actions);
    body.appendChild(row);
  }
}

function applyUser(event) {
  if (event) event.preventDefault();
  user = { id: Number($('user-id').value), name: $('user-name').value.trim() || 'Test', lang: $('user-lang').value };
  lastTimeline = '';
  refreshChat();
}

function choosePreset() {
  const value = $('user-preset').value;
  if (value === 'custom') return;
  const [id, name, lang] = value.split('|');
  $('user-id').value = id;
  $('user-name').value = name;
  $('user-lang').value = lang;
  applyUser();
}

async function start() {
  const info = (await api('GET', '/sandbox/_info')).json;
  $('bot-name').textContent = info.bot_name;
  $('user-form').addEventListener('submit', applyUser);
  $('user-preset').addEventListener('change', choosePreset);
  $('compose').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = $('message-input');
    const text = input.value;
    input.value = '';
    sendText(text);
  });
  $('share-contact').addEventListener('click', shareContact);
  $('menu-button').addEventListener('click', () => { $('commands').hidden = !$('commands').hidden; });
  applyUser();
  setInterval(refreshChat, POLL_MS);
  if (info.yclients_sandbox) {
    refreshAdmin();
    setInterval(refreshAdmin, ADMIN_POLL_MS);
  } else {
    $('admin-off').hidden = false;
    $('admin-records').hidden = true;
  }
}

start();
