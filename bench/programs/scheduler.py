# Objects and methods: an operating-system-like scheduler in the spirit of the Richards
# benchmark (written here from scratch). Tasks with priorities pass message packets through
# linked queues: producers create work, workers transform it and hand it to devices, devices
# complete it and return packets to a pool, and an idle task wakes held tasks. Every step
# is a method call on some object; state lives in attributes. Checksum: per-task counters.

RUNNING, WAITING, HELD = 0, 1, 2


class Packet:
    def __init__(self, serial):
        self.serial = serial
        self.link = None
        self.dest = None
        self.payload = [0, 0, 0, 0]
        self.hops = 0


class Queue:
    """A FIFO of packets linked through their `link` attribute."""

    def __init__(self):
        self.head = None
        self.tail = None
        self.length = 0

    def push(self, packet):
        packet.link = None
        if self.tail is None:
            self.head = packet
        else:
            self.tail.link = packet
        self.tail = packet
        self.length += 1

    def pop(self):
        packet = self.head
        self.head = packet.link
        if self.head is None:
            self.tail = None
        packet.link = None
        self.length -= 1
        return packet

    def is_empty(self):
        return self.head is None


class Task:
    def __init__(self, scheduler, name, priority):
        self.scheduler = scheduler
        self.name = name
        self.priority = priority
        self.inbox = Queue()
        self.state = WAITING
        self.runs = 0
        self.handled = 0

    def runnable(self):
        if self.state == HELD:
            return False
        return self.state == RUNNING or not self.inbox.is_empty()

    def step(self):
        self.runs += 1
        if self.inbox.is_empty():
            self.state = WAITING
            self.idle_step()
        else:
            packet = self.inbox.pop()
            packet.hops += 1
            self.handled += 1
            self.handle(packet)
            if self.state != HELD:
                self.state = RUNNING if not self.inbox.is_empty() else WAITING

    def idle_step(self):
        pass

    def send(self, packet, dest):
        packet.dest = dest
        dest.inbox.push(packet)


class Producer(Task):
    def __init__(self, scheduler, name, priority, workers, pool, seed):
        Task.__init__(self, scheduler, name, priority)
        self.workers = workers
        self.pool = pool
        self.seed = seed
        self.next_worker = 0
        self.state = RUNNING

    def next_random(self):
        self.seed = (self.seed * 1103515245 + 12345) % 2147483648
        return self.seed >> 16

    def runnable(self):
        # Producers do not wait for messages: they make work while packets are free.
        return not self.pool.is_empty() or not self.inbox.is_empty()

    def idle_step(self):
        if self.pool.is_empty():
            return
        packet = self.pool.pop()
        for k in range(4):
            packet.payload[k] = self.next_random() % 256
        worker = self.workers[self.next_worker]
        self.next_worker = (self.next_worker + 1) % len(self.workers)
        self.send(packet, worker)
        self.state = RUNNING

    def handle(self, packet):
        self.pool.push(packet)
        self.state = RUNNING


class Worker(Task):
    def __init__(self, scheduler, name, priority, devices):
        Task.__init__(self, scheduler, name, priority)
        self.devices = devices
        self.total = 0

    def handle(self, packet):
        data = packet.payload
        acc = 0
        for k in range(4):
            data[k] = (data[k] * 7 + k + self.priority) % 251
            acc += data[k]
        self.total += acc
        device = self.devices[acc % len(self.devices)]
        self.send(packet, device)
        if device.state == HELD and acc % 5 == 0:
            device.state = WAITING


class Device(Task):
    def __init__(self, scheduler, name, priority, producer):
        Task.__init__(self, scheduler, name, priority)
        self.producer = producer
        self.checksum = 0

    def handle(self, packet):
        self.checksum = (self.checksum * 31 + sum(packet.payload) + packet.serial) % 1000003
        if self.handled % 3 == 0:
            self.state = HELD   # busy: hold until the idle task or a worker wakes it
        self.send(packet, self.producer)


class Idle(Task):
    def __init__(self, scheduler, name, priority, devices):
        Task.__init__(self, scheduler, name, priority)
        self.devices = devices
        self.tick = 0
        self.state = RUNNING

    def runnable(self):
        return True

    def idle_step(self):
        self.tick += 1
        device = self.devices[self.tick % len(self.devices)]
        if device.state == HELD:
            device.state = WAITING


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.steps = 0

    def add(self, task):
        self.tasks.append(task)
        self.tasks.sort(key=lambda t: -t.priority)   # priorities are distinct

    def pick(self):
        for task in self.tasks:
            if task.runnable():
                return task
        return None

    def run(self, steps):
        while self.steps < steps:
            task = self.pick()
            task.step()
            self.steps += 1


def build(packets):
    sched = Scheduler()
    pool = Queue()
    for serial in range(packets):
        pool.push(Packet(serial))
    producer = Producer(sched, "producer", 50, [], pool, 42)
    devices = [Device(sched, "device%d" % k, 20 + k, producer) for k in range(3)]
    workers = [Worker(sched, "worker%d" % k, 40 + k, devices) for k in range(2)]
    producer.workers = workers
    sched.add(producer)
    for t in devices + workers:
        sched.add(t)
    sched.add(Idle(sched, "idle", 1, devices))
    return sched


STEPS = 850000  # quick: 85000
sched = build(12)
sched.run(STEPS)
for task in sorted(sched.tasks, key=lambda t: t.name):
    extra = getattr(task, "checksum", getattr(task, "total", 0))
    print(task.name, task.runs, task.handled, extra)
