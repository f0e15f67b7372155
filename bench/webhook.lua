-- wrk script for bench/webhook-ingest.sh: authenticated Yclients record webhooks, every body different (a new
-- record id per request, per thread), so each one is stored rather than answered as a duplicate.
-- Environment: WEBHOOK_SECRET (the Bearer secret).
local counter = 0
local threads = {}

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("WEBHOOK_SECRET")
  math.randomseed(os.time() + thread_id)
  base = math.random(1, 9000) * 1000000 + thread_id * 100000000000
end

local template = '{"company_id":"1","resource":"record","resource_id":"%d","status":"update","data":{'
  .. '"id":"%d","company_id":1,"staff_id":"6544","services":[{"id":"331","title":"Стрижка","cost":"1500.00"}],'
  .. '"staff":{"id":6544,"name":"Мария"},"client":{"id":"%d","name":"Анна","surname":"","phone":"79161234567"},'
  .. '"datetime":"2026-12-20T12:00:00+0300","date":"2026-12-20 12:00:00","create_date":"2026-11-20T10:00:00+0300",'
  .. '"last_change_date":"2026-11-26T10:%02d:%02d+0300","comment":"","online":true,"visit_attendance":0,'
  .. '"attendance":"0","confirmed":"1","deleted":false,"prepaid":false,"custom_fields":[],"documents":[]}}'

function request()
  counter = counter + 1
  local record = base + counter
  wrk.body = string.format(template, record, record, 70000 + counter % 1000, counter % 60, counter % 60)
  return wrk.format()
end
